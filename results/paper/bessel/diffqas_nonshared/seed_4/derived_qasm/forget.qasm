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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030403683513) q[0];
ry(pi*0.249383146011) q[1];
ry(pi*0.219168608934) q[2];
ry(pi*0.061759348358) q[3];
ry(pi*0.000553001864) q[4];
ry(pi*-0.000168369851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046864342178) q[0];
ry(pi*-0.254403221215) q[1];
ry(pi*0.166922917235) q[2];
ry(pi*0.097646196272) q[3];
ry(pi*-0.001774426376) q[4];
ry(pi*0.000383489887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019749809779) q[0];
ry(pi*0.208707794766) q[1];
ry(pi*0.088880748892) q[2];
ry(pi*0.036425488964) q[3];
ry(pi*0.062975098314) q[4];
ry(pi*0.008219985627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.381817326596) q[0];
ry(pi*-0.291270704052) q[1];
ry(pi*-0.295447080139) q[2];
ry(pi*0.307583396629) q[3];
ry(pi*-0.074858256689) q[4];
ry(pi*0.004938017477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.502156076962) q[0];
ry(pi*-0.000170032783) q[1];
ry(pi*0.101344753194) q[2];
ry(pi*0.140826026104) q[3];
ry(pi*0.40712192527) q[4];
ry(pi*-0.000813883592) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
