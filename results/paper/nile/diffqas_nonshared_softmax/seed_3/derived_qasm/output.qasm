// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.026668487844) q[0];
ry(pi*0.174066744897) q[1];
ry(pi*-0.095344204335) q[2];
ry(pi*0.05587992152) q[3];
ry(pi*-0.077329480792) q[4];
ry(pi*-0.008005280528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.083841293026) q[0];
ry(pi*-0.003546047751) q[1];
ry(pi*0.144016597193) q[2];
ry(pi*-0.030155650411) q[3];
ry(pi*-0.027533595335) q[4];
ry(pi*-0.019295183613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055004874681) q[0];
ry(pi*0.081675952305) q[1];
ry(pi*0.287997146165) q[2];
ry(pi*0.037009240094) q[3];
ry(pi*0.02277787454) q[4];
ry(pi*0.008961185661) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.057815502267) q[0];
ry(pi*0.183983572444) q[1];
ry(pi*0.107679525976) q[2];
ry(pi*0.180357557823) q[3];
ry(pi*0.225642584766) q[4];
ry(pi*0.100382910777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.199883531867) q[0];
ry(pi*0.082587403104) q[1];
ry(pi*0.075872591956) q[2];
ry(pi*0.035342154557) q[3];
ry(pi*0.069988839332) q[4];
ry(pi*-0.002335408578) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
