// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.066509038191) q[0];
rx(pi*0.055913100113) q[1];
rx(pi*0.000572581702) q[2];
rx(pi*0.077088882635) q[3];
rx(pi*0.003200395711) q[4];
rx(pi*0.003129020531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.116711246384) q[0];
rx(pi*0.141532941197) q[1];
rx(pi*-0.098895428385) q[2];
rx(pi*0.068198286268) q[3];
rx(pi*0.003551653012) q[4];
rx(pi*0.00288598319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.159439022043) q[0];
rx(pi*-0.029072676486) q[1];
rx(pi*0.001096597025) q[2];
rx(pi*0.067042428533) q[3];
rx(pi*0.002749318635) q[4];
rx(pi*0.001791887678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.118789331439) q[0];
rx(pi*0.065564503663) q[1];
rx(pi*-0.092145266264) q[2];
rx(pi*0.064731173152) q[3];
rx(pi*0.00497333495) q[4];
rx(pi*-0.000949149797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.061648756212) q[0];
rx(pi*0.066497052157) q[1];
rx(pi*4.0933995e-05) q[2];
rx(pi*0.071742680129) q[3];
rx(pi*0.003763072268) q[4];
rx(pi*0.000805056077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
