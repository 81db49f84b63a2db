// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.000172222746) q[0];
rz(pi*0.000868330116) q[1];
rz(pi*-0.003126409406) q[2];
rz(pi*-0.003524819617) q[3];
rz(pi*0.000635308534) q[4];
rz(pi*-0.001485688874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749657506) q[0];
rz(pi*0.002417617939) q[1];
rz(pi*-0.00524826044) q[2];
rz(pi*0.000809767099) q[3];
rz(pi*0.003898175426) q[4];
rz(pi*-0.000947065537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580876506) q[0];
rz(pi*0.002394482155) q[1];
rz(pi*0.000806786821) q[2];
rz(pi*0.002851676312) q[3];
rz(pi*-0.001098857079) q[4];
rz(pi*-0.004716775377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000350164996) q[0];
rz(pi*-0.00141915634) q[1];
rz(pi*0.002467981838) q[2];
rz(pi*0.000616343346) q[3];
rz(pi*-0.005191168478) q[4];
rz(pi*-0.003804334734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813213216) q[0];
rz(pi*0.002163776656) q[1];
rz(pi*-0.002037986597) q[2];
rz(pi*-3.320768e-06) q[3];
rz(pi*0.001418305086) q[4];
rz(pi*0.001490975453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
