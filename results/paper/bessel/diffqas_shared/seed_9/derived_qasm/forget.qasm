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
rx(pi*-0.051995327321) q[0];
rx(pi*-0.099671489656) q[1];
rx(pi*-0.033204862671) q[2];
rx(pi*-0.089843995292) q[3];
rx(pi*-0.004508638702) q[4];
rx(pi*-0.011495491779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.150127937412) q[0];
rx(pi*0.106149003906) q[1];
rx(pi*0.254572837579) q[2];
rx(pi*0.238874141063) q[3];
rx(pi*0.04579356773) q[4];
rx(pi*0.038354675895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.180089112416) q[0];
rx(pi*-0.025194117992) q[1];
rx(pi*0.025391192666) q[2];
rx(pi*-0.041996879013) q[3];
rx(pi*-0.003504219957) q[4];
rx(pi*-0.145345761492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.158360724901) q[0];
rx(pi*-0.301204626045) q[1];
rx(pi*-0.096936890613) q[2];
rx(pi*0.042461483659) q[3];
rx(pi*-0.08818675424) q[4];
rx(pi*-0.20045804564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055093581763) q[0];
rx(pi*-0.112824271105) q[1];
rx(pi*0.018372308848) q[2];
rx(pi*0.053987660299) q[3];
rx(pi*-0.036774034941) q[4];
rx(pi*-0.003728072885) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
