// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.28381932815) q[0];
ry(pi*-0.145223482133) q[1];
ry(pi*-0.041420297211) q[2];
ry(pi*-0.022979011753) q[3];
ry(pi*0.065489248259) q[4];
ry(pi*0.439238954621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.096861805964) q[0];
ry(pi*0.053572062261) q[1];
ry(pi*0.011738281288) q[2];
ry(pi*-0.002426248464) q[3];
ry(pi*-0.110507916798) q[4];
ry(pi*0.012331761879) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.156676276928) q[0];
ry(pi*0.049299446912) q[1];
ry(pi*-0.075630518668) q[2];
ry(pi*-0.055554159442) q[3];
ry(pi*-0.152162318742) q[4];
ry(pi*0.066371044654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.273552662108) q[0];
ry(pi*-0.042063226712) q[1];
ry(pi*0.080088160996) q[2];
ry(pi*-0.091325007977) q[3];
ry(pi*-0.028077074436) q[4];
ry(pi*-0.014130530143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.074621647553) q[0];
ry(pi*-0.010923757513) q[1];
ry(pi*-0.105433162135) q[2];
ry(pi*-0.407249573916) q[3];
ry(pi*-0.231522296195) q[4];
ry(pi*-0.002145986444) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
