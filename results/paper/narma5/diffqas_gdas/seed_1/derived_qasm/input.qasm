// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002640193912) q[0];
ry(pi*-0.007350548792) q[1];
ry(pi*0.037880437837) q[2];
ry(pi*0.008906002238) q[3];
ry(pi*-0.013309364721) q[4];
ry(pi*0.038716709124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007221796169) q[0];
ry(pi*0.023497408882) q[1];
ry(pi*-0.002475439166) q[2];
ry(pi*-0.004824138005) q[3];
ry(pi*-0.020404760887) q[4];
ry(pi*-0.007899076423) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002482652516) q[0];
ry(pi*0.009114834679) q[1];
ry(pi*-0.008519968484) q[2];
ry(pi*0.026438006905) q[3];
ry(pi*-0.004234175376) q[4];
ry(pi*-0.006597094142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003906572645) q[0];
ry(pi*0.032927075558) q[1];
ry(pi*-0.005513890766) q[2];
ry(pi*-0.002191167226) q[3];
ry(pi*0.001197891265) q[4];
ry(pi*-0.015654810179) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.223735406223) q[0];
ry(pi*0.060510576334) q[1];
ry(pi*-0.01122936579) q[2];
ry(pi*0.033150363454) q[3];
ry(pi*0.00418389552) q[4];
ry(pi*-0.003331706987) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
