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
rx(pi*-0.018730587843) q[0];
rx(pi*-0.079467045411) q[1];
rx(pi*0.090255248571) q[2];
rx(pi*-0.028188489525) q[3];
rx(pi*-0.018684685652) q[4];
rx(pi*-0.00308480721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.168270608422) q[0];
rx(pi*-0.201932455809) q[1];
rx(pi*0.127870807878) q[2];
rx(pi*-0.02804828092) q[3];
rx(pi*-0.015753370046) q[4];
rx(pi*-0.001255758145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.176800395303) q[0];
rx(pi*-0.018746112294) q[1];
rx(pi*0.069800534811) q[2];
rx(pi*-0.0266524535) q[3];
rx(pi*-0.013078452152) q[4];
rx(pi*0.002288600883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.235565009274) q[0];
rx(pi*-0.148117290989) q[1];
rx(pi*0.123404291047) q[2];
rx(pi*-0.03294383798) q[3];
rx(pi*-0.019672073688) q[4];
rx(pi*0.000389968042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.127904655259) q[0];
rx(pi*-0.050612318364) q[1];
rx(pi*0.084137799127) q[2];
rx(pi*-0.028956193302) q[3];
rx(pi*-0.019277240136) q[4];
rx(pi*0.001169630468) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
