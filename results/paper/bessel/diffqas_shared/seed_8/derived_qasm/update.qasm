// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.157641543927) q[0];
rx(pi*0.138591074371) q[1];
rx(pi*0.22591148552) q[2];
rx(pi*-0.155243455023) q[3];
rx(pi*0.289991011193) q[4];
rx(pi*0.250136933277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.230086154059) q[0];
rx(pi*-0.377596649144) q[1];
rx(pi*-0.041792134607) q[2];
rx(pi*-0.064838900414) q[3];
rx(pi*0.067202771967) q[4];
rx(pi*-0.138405729599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.230139865907) q[0];
rx(pi*-0.158073259314) q[1];
rx(pi*0.268938262196) q[2];
rx(pi*0.041853098788) q[3];
rx(pi*-0.234429300597) q[4];
rx(pi*-0.21130878772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.325987739775) q[0];
rx(pi*-0.151316684405) q[1];
rx(pi*-0.081053418507) q[2];
rx(pi*0.066336447848) q[3];
rx(pi*-0.098249036357) q[4];
rx(pi*0.083922600737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.405609038368) q[0];
rx(pi*0.051405070911) q[1];
rx(pi*0.108988683512) q[2];
rx(pi*0.003232087018) q[3];
rx(pi*-0.059511201079) q[4];
rx(pi*-0.001548075419) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
