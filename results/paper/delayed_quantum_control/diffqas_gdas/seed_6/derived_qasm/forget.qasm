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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003354454422) q[0];
rx(pi*0.005655875695) q[1];
rx(pi*-0.008125567748) q[2];
rx(pi*-0.000442144803) q[3];
rx(pi*0.003226128093) q[4];
rx(pi*0.004303350311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002082036426) q[0];
rx(pi*0.004764013368) q[1];
rx(pi*0.000921091401) q[2];
rx(pi*0.001752096193) q[3];
rx(pi*0.000568485294) q[4];
rx(pi*-0.003418784784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002695610936) q[0];
rx(pi*0.001205988848) q[1];
rx(pi*-0.001846295738) q[2];
rx(pi*0.004044715593) q[3];
rx(pi*0.004113413244) q[4];
rx(pi*0.005725311208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.1303755e-05) q[0];
rx(pi*0.004405227741) q[1];
rx(pi*-0.002884896111) q[2];
rx(pi*-0.002600967756) q[3];
rx(pi*0.000258413474) q[4];
rx(pi*0.000895377695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005088956357) q[0];
rx(pi*-0.005509616561) q[1];
rx(pi*0.001130576623) q[2];
rx(pi*-0.002746698024) q[3];
rx(pi*0.003846240197) q[4];
rx(pi*0.001255861309) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
