// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.145832763466) q[0];
ry(pi*-0.178423931269) q[1];
ry(pi*-0.191604090392) q[2];
ry(pi*-0.382085904812) q[3];
ry(pi*-0.090250287198) q[4];
ry(pi*0.311796352173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077274848765) q[0];
ry(pi*-0.150357763791) q[1];
ry(pi*-0.05137582442) q[2];
ry(pi*-0.054559048312) q[3];
ry(pi*-0.237951420452) q[4];
ry(pi*0.313183108247) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.183458122197) q[0];
ry(pi*0.382377705672) q[1];
ry(pi*0.281496077249) q[2];
ry(pi*0.341419527677) q[3];
ry(pi*0.177523332881) q[4];
ry(pi*-0.241353993023) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.153621645577) q[0];
ry(pi*-0.149442945329) q[1];
ry(pi*0.132343395987) q[2];
ry(pi*-0.248802257395) q[3];
ry(pi*0.208887656414) q[4];
ry(pi*0.288033877405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.108461260099) q[0];
ry(pi*0.395024104484) q[1];
ry(pi*0.171015300967) q[2];
ry(pi*0.251966076909) q[3];
ry(pi*0.108811478049) q[4];
ry(pi*-0.004789993878) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
