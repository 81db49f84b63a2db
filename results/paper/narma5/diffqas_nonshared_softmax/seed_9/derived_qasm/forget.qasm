// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.045536026909) q[0];
rx(pi*-0.000397897169) q[1];
rx(pi*0.002714029028) q[2];
rx(pi*-0.004894965051) q[3];
rx(pi*0.001107448028) q[4];
rx(pi*0.000926335883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037342923294) q[0];
rx(pi*0.004742824663) q[1];
rx(pi*-5.3801932e-05) q[2];
rx(pi*-0.002268151522) q[3];
rx(pi*-0.000962527659) q[4];
rx(pi*0.003030869467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037954253684) q[0];
rx(pi*0.000858352304) q[1];
rx(pi*-0.003112348525) q[2];
rx(pi*0.000671578498) q[3];
rx(pi*-0.001710150265) q[4];
rx(pi*-0.000235467677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.043695143889) q[0];
rx(pi*0.000540644824) q[1];
rx(pi*0.001725179645) q[2];
rx(pi*0.002151484094) q[3];
rx(pi*0.001268765742) q[4];
rx(pi*0.000719516555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.039461304093) q[0];
rx(pi*0.002438249764) q[1];
rx(pi*0.003828208972) q[2];
rx(pi*0.005811368627) q[3];
rx(pi*0.005577361129) q[4];
rx(pi*-0.003160964709) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
