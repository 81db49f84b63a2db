// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000978515238) q[0];
ry(pi*-0.456919506416) q[1];
ry(pi*-0.01464806164) q[2];
ry(pi*-0.036374369267) q[3];
ry(pi*0.024810640816) q[4];
ry(pi*0.019310359439) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.397322235467) q[0];
ry(pi*0.054061383654) q[1];
ry(pi*0.021869174789) q[2];
ry(pi*0.00357447367) q[3];
ry(pi*-0.419240464295) q[4];
ry(pi*-0.006559915264) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.357315502823) q[0];
ry(pi*-0.029156680698) q[1];
ry(pi*0.184512134222) q[2];
ry(pi*-0.033614306425) q[3];
ry(pi*0.265534190777) q[4];
ry(pi*0.092023935543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.131658470309) q[0];
ry(pi*-0.073434783605) q[1];
ry(pi*-0.051463013682) q[2];
ry(pi*-0.050825116702) q[3];
ry(pi*-0.024248139164) q[4];
ry(pi*0.01161683673) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018530889002) q[0];
ry(pi*0.008276892605) q[1];
ry(pi*-0.017290104505) q[2];
ry(pi*0.181092429259) q[3];
ry(pi*0.132838006033) q[4];
ry(pi*-0.002454317606) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
