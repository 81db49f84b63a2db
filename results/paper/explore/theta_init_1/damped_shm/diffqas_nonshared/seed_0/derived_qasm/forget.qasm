// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.374224964206) q[0];
ry(pi*0.518381494899) q[1];
ry(pi*0.02443561837) q[2];
ry(pi*0.002014764251) q[3];
ry(pi*0.014183478338) q[4];
ry(pi*0.492986510056) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.544110475993) q[0];
ry(pi*0.511096035675) q[1];
ry(pi*0.846059630603) q[2];
ry(pi*0.002181373583) q[3];
ry(pi*0.517385918937) q[4];
ry(pi*0.016434676672) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007072624719) q[0];
ry(pi*-0.003834553281) q[1];
ry(pi*0.518566061789) q[2];
ry(pi*-0.048094122481) q[3];
ry(pi*-0.01324387791) q[4];
ry(pi*-0.012020242406) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011704644978) q[0];
ry(pi*0.92730852533) q[1];
ry(pi*-0.49081037384) q[2];
ry(pi*-0.417425341524) q[3];
ry(pi*0.019596288233) q[4];
ry(pi*-0.047422264283) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000532245196) q[0];
ry(pi*0.050346813733) q[1];
ry(pi*0.244956519383) q[2];
ry(pi*-0.078797881343) q[3];
ry(pi*0.084882707147) q[4];
ry(pi*-0.149461462731) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
