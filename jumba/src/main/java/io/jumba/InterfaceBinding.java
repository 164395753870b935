package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.types.Layout;
import io.jumba.types.Signature;
import io.jumba.types.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A user's public functional interface bound to one compiled signature of a kernel ({@link Kernel#as}). The interface
 * method's parameter types give the signature: {@code double} is float64, {@code long} int64, {@code int} int32 (and so
 * on for every primitive), {@code double[]} a C-contiguous 1-d float64 array shared with the caller (likewise for the
 * other primitive arrays). Its return type must be the kernel's (or {@code void}). Calls go straight to the
 * compiled method: no boxing and no dispatch.
 */
final class InterfaceBinding {
    private InterfaceBinding() {}

    private static final Map<Class<?>, DType> SCALARS = Map.of(double.class, DType.FLOAT64, float.class, DType.FLOAT32,
            long.class, DType.INT64, int.class, DType.INT32, short.class, DType.INT16, byte.class, DType.INT8,
            boolean.class, DType.BOOL);
    private static final Map<Class<?>, DType> ARRAYS = Map.of(double[].class, DType.FLOAT64, float[].class,
            DType.FLOAT32, long[].class, DType.INT64, int[].class, DType.INT32, short[].class, DType.INT16,
            byte[].class, DType.INT8, boolean[].class, DType.BOOL);

    static <T> T bind(Kernel kernel, Class<T> iface) {
        Method method = singleAbstractMethod(iface);
        List<Type> params = new ArrayList<>();
        for (Class<?> p : method.getParameterTypes()) params.add(typeOf(p, method));
        Signature signature = new Signature(params, null);
        MethodHandle target = kernel.handle(signature.toString());
        Class<?>[] javaParams = method.getParameterTypes();
        for (int i = 0; i < javaParams.length; i++) {
            if (ARRAYS.containsKey(javaParams[i])) {
                target = MethodHandles.filterArguments(target, i, wrapper(javaParams[i]));
            }
        }
        try {
            target = target.asType(MethodType.methodType(method.getReturnType(), javaParams));
        } catch (WrongMethodTypeException e) {
            throw new IllegalArgumentException(iface.getSimpleName() + "." + method.getName() + " returns "
                    + method.getReturnType().getSimpleName() + ", but kernel " + kernel.name() + signature
                    + " returns " + kernel.returnTypeOf(signature));
        }
        return MethodHandleProxies.asInterfaceInstance(iface, target);
    }

    private static Method singleAbstractMethod(Class<?> iface) {
        if (!iface.isInterface() || !Modifier.isPublic(iface.getModifiers())) {
            throw new IllegalArgumentException(iface.getName() + " is not a public interface");
        }
        List<Method> abstracts = Arrays.stream(iface.getMethods()).filter(m -> Modifier.isAbstract(m.getModifiers())).toList();
        if (abstracts.size() != 1) {
            throw new IllegalArgumentException(iface.getName() + " must have exactly one abstract method, it has " + abstracts.size());
        }
        return abstracts.getFirst();
    }

    private static Type typeOf(Class<?> javaType, Method method) {
        DType scalar = SCALARS.get(javaType);
        if (scalar != null) return Type.scalar(scalar);
        DType element = ARRAYS.get(javaType);
        if (element != null) return Type.array(element, 1, Layout.C);
        throw new IllegalArgumentException("parameter of type " + javaType.getSimpleName() + " in " + method.getName()
                + ": an interface bound to a kernel takes primitives and primitive arrays (use Kernel.handle for NDArray)");
    }

    private static MethodHandle wrapper(Class<?> arrayType) {
        try {
            return MethodHandles.publicLookup().findStatic(NDArray.class, "wrap", MethodType.methodType(NDArray.class, arrayType));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("NDArray.wrap(" + arrayType.getSimpleName() + ") is missing", e);
        }
    }
}
