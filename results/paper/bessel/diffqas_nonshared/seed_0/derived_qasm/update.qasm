// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.014716812948) q[0];
ry(pi*-0.004718251101) q[1];
ry(pi*0.033449153399) q[2];
ry(pi*-0.009292965064) q[3];
ry(pi*-0.006735511009) q[4];
ry(pi*0.007461777711) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.091222621544) q[0];
ry(pi*-0.306371038051) q[1];
ry(pi*0.508545870712) q[2];
ry(pi*-0.001905800055) q[3];
ry(pi*0.011194916023) q[4];
ry(pi*-0.003731204574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0093412513) q[0];
ry(pi*-0.033339071146) q[1];
ry(pi*0.116537067074) q[2];
ry(pi*-0.005726523685) q[3];
ry(pi*-0.008564670649) q[4];
ry(pi*0.174881909002) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01528762585) q[0];
ry(pi*0.274506194462) q[1];
ry(pi*-0.158090306328) q[2];
ry(pi*-0.474635916703) q[3];
ry(pi*0.443606443195) q[4];
ry(pi*-0.011100568106) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009527609336) q[0];
ry(pi*-0.017058626311) q[1];
ry(pi*-0.013765498034) q[2];
ry(pi*0.015887634252) q[3];
ry(pi*0.025827020396) q[4];
ry(pi*0.005375817187) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
