// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.065719060409) q[0];
ry(pi*0.347205229141) q[1];
ry(pi*0.170043137375) q[2];
ry(pi*0.004179622205) q[3];
ry(pi*0.146623737317) q[4];
ry(pi*0.102308341104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.082800419629) q[0];
ry(pi*-0.332826580518) q[1];
ry(pi*-0.115334972753) q[2];
ry(pi*0.12960707991) q[3];
ry(pi*-0.06716108884) q[4];
ry(pi*-0.017014010709) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.175073135326) q[0];
ry(pi*0.004537013928) q[1];
ry(pi*0.053450598731) q[2];
ry(pi*-0.025840389068) q[3];
ry(pi*0.096758556271) q[4];
ry(pi*-0.124227158087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.138946756472) q[0];
ry(pi*-0.022794411661) q[1];
ry(pi*0.020293971898) q[2];
ry(pi*-0.058379514624) q[3];
ry(pi*0.184247160828) q[4];
ry(pi*-0.179606540578) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.115793515605) q[0];
ry(pi*0.155788864601) q[1];
ry(pi*0.155907093278) q[2];
ry(pi*0.000571770543) q[3];
ry(pi*0.112342296909) q[4];
ry(pi*-0.000678595673) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
