// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002563272167) q[0];
rz(pi*0.000771067215) q[1];
rz(pi*-0.005272080132) q[2];
rz(pi*0.002089424236) q[3];
rz(pi*0.003640098922) q[4];
rz(pi*-0.001439627193) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001372199678) q[0];
rz(pi*0.000799847909) q[1];
rz(pi*-0.001254803579) q[2];
rz(pi*-0.002745419142) q[3];
rz(pi*-0.006469620994) q[4];
rz(pi*0.004488583025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000155764017) q[0];
rz(pi*0.008027938139) q[1];
rz(pi*0.002629961968) q[2];
rz(pi*0.000883491046) q[3];
rz(pi*-0.002093519089) q[4];
rz(pi*0.004432725774) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001610294174) q[0];
rz(pi*0.004997272925) q[1];
rz(pi*-0.001267950507) q[2];
rz(pi*0.000592096545) q[3];
rz(pi*-0.0048468137) q[4];
rz(pi*0.007458519142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000298812994) q[0];
rz(pi*-0.001226025552) q[1];
rz(pi*0.002580543593) q[2];
rz(pi*-0.002837218485) q[3];
rz(pi*0.002443058615) q[4];
rz(pi*-0.003728427142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
