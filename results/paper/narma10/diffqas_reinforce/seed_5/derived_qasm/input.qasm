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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.182833861879) q[0];
rx(pi*6.7294993e-05) q[1];
rx(pi*0.000988365577) q[2];
rx(pi*0.000351392037) q[3];
rx(pi*-0.00031777985) q[4];
rx(pi*-0.004160648271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.183076997641) q[0];
rx(pi*0.002684599035) q[1];
rx(pi*0.003811160772) q[2];
rx(pi*-0.000981998071) q[3];
rx(pi*0.000460404405) q[4];
rx(pi*-0.002788193202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.179885326133) q[0];
rx(pi*-0.000809035981) q[1];
rx(pi*0.002063524064) q[2];
rx(pi*0.000426497067) q[3];
rx(pi*0.002053034803) q[4];
rx(pi*-0.001447202359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182078367066) q[0];
rx(pi*-0.000853580213) q[1];
rx(pi*-0.001832762832) q[2];
rx(pi*0.001106839344) q[3];
rx(pi*0.001206334211) q[4];
rx(pi*-0.004279306503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175079813733) q[0];
rx(pi*0.000689142001) q[1];
rx(pi*-0.000183495819) q[2];
rx(pi*-0.005304809307) q[3];
rx(pi*-0.005179963291) q[4];
rx(pi*-0.00229441099) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
