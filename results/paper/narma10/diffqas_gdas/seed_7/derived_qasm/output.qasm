// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003611186826) q[0];
rz(pi*-0.002802411498) q[1];
rz(pi*0.004745540434) q[2];
rz(pi*0.003632674056) q[3];
rz(pi*0.006285285334) q[4];
rz(pi*0.001378179503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001648712209) q[0];
rz(pi*0.000208972791) q[1];
rz(pi*0.001718294761) q[2];
rz(pi*0.000334009517) q[3];
rz(pi*-0.002123101901) q[4];
rz(pi*0.000501161277) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003366626922) q[0];
rz(pi*0.004350379306) q[1];
rz(pi*-0.000137805811) q[2];
rz(pi*0.000656389776) q[3];
rz(pi*-0.003698879162) q[4];
rz(pi*0.002683884592) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005445422862) q[0];
rz(pi*-0.000669527366) q[1];
rz(pi*-0.001557116971) q[2];
rz(pi*-0.00019045374) q[3];
rz(pi*-0.000473820398) q[4];
rz(pi*-0.000590326002) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007114829003) q[0];
rz(pi*-0.003328899614) q[1];
rz(pi*-0.00377883121) q[2];
rz(pi*-0.000826294437) q[3];
rz(pi*-0.002051390251) q[4];
rz(pi*-0.002426855888) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
