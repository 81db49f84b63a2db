// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*1.661825854417) q[0];
rx(pi*0.908533549557) q[1];
rx(pi*1.456993338232) q[2];
rx(pi*1.702771320672) q[3];
rx(pi*0.108117009079) q[4];
rx(pi*1.912532046016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.108160247339) q[0];
rx(pi*0.659705811762) q[1];
rx(pi*0.972017349926) q[2];
rx(pi*0.44671516585) q[3];
rx(pi*0.664510015042) q[4];
rx(pi*1.219186945463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.386883581467) q[0];
rx(pi*0.900719964929) q[1];
rx(pi*0.566943836334) q[2];
rx(pi*1.558994320823) q[3];
rx(pi*0.4800637542) q[4];
rx(pi*1.458894103987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026478767482) q[0];
rx(pi*0.877031806413) q[1];
rx(pi*0.946997532195) q[2];
rx(pi*0.812337924197) q[3];
rx(pi*1.037805428448) q[4];
rx(pi*1.690460132366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.045891537624) q[0];
rx(pi*1.634291692271) q[1];
rx(pi*1.459333664605) q[2];
rx(pi*0.392196064658) q[3];
rx(pi*0.596672765933) q[4];
rx(pi*0.315410983145) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
