// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.083413799075) q[0];
ry(pi*-0.030213370253) q[1];
ry(pi*-0.017301784603) q[2];
ry(pi*-0.08833438119) q[3];
ry(pi*-0.028565122283) q[4];
ry(pi*-0.059611064136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013880512017) q[0];
ry(pi*0.029933040791) q[1];
ry(pi*-0.011665035809) q[2];
ry(pi*-0.194138868457) q[3];
ry(pi*0.01297630525) q[4];
ry(pi*-0.043944071082) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035327061736) q[0];
ry(pi*-0.247981818866) q[1];
ry(pi*-0.025580220522) q[2];
ry(pi*0.526430189817) q[3];
ry(pi*0.018116557394) q[4];
ry(pi*-0.001352872229) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031802800333) q[0];
ry(pi*-0.182476661958) q[1];
ry(pi*-0.06994699968) q[2];
ry(pi*-0.258715404229) q[3];
ry(pi*0.480907510236) q[4];
ry(pi*-0.010032953807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.148472745417) q[0];
ry(pi*0.077675505765) q[1];
ry(pi*-0.048584501604) q[2];
ry(pi*-0.027943456489) q[3];
ry(pi*-0.047955313116) q[4];
ry(pi*0.00015791118) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
