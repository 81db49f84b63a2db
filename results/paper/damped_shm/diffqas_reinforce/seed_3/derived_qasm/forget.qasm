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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.160323227977) q[0];
ry(pi*0.119439812094) q[1];
ry(pi*-0.025145011778) q[2];
ry(pi*-0.034062113074) q[3];
ry(pi*-0.64004002754) q[4];
ry(pi*-0.096090582743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.101974686363) q[0];
ry(pi*0.090949233736) q[1];
ry(pi*-0.517717600512) q[2];
ry(pi*-0.051086162738) q[3];
ry(pi*-0.003909045032) q[4];
ry(pi*0.084434438037) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.21580986341) q[0];
ry(pi*0.074754267059) q[1];
ry(pi*0.225359966717) q[2];
ry(pi*-0.149224825135) q[3];
ry(pi*-0.119413051033) q[4];
ry(pi*-0.022356627366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.131271815197) q[0];
ry(pi*-0.01031439436) q[1];
ry(pi*-0.150335983077) q[2];
ry(pi*0.280136945495) q[3];
ry(pi*0.227081572815) q[4];
ry(pi*0.019944214038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.264217690788) q[0];
ry(pi*-0.035819859885) q[1];
ry(pi*-0.575882884356) q[2];
ry(pi*0.388094687844) q[3];
ry(pi*-0.139007943583) q[4];
ry(pi*-0.002097112646) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
