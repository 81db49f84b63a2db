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
rx(pi*0.030359911972) q[0];
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
rz(pi*-0.002989734772) q[0];
rz(pi*0.003599263047) q[1];
rz(pi*0.00289369917) q[2];
rz(pi*-0.009533391873) q[3];
rz(pi*-0.000280976258) q[4];
rz(pi*0.004909053206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002476632077) q[0];
rz(pi*-0.001404770698) q[1];
rz(pi*-0.000740994668) q[2];
rz(pi*-0.004147731091) q[3];
rz(pi*0.000656647539) q[4];
rz(pi*-0.005707841458) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003231821993) q[0];
rz(pi*0.003562407595) q[1];
rz(pi*-6.5460746e-05) q[2];
rz(pi*-0.001156820083) q[3];
rz(pi*-0.000337129385) q[4];
rz(pi*0.008727718293) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003295106482) q[0];
rz(pi*-0.002468943816) q[1];
rz(pi*0.005305429479) q[2];
rz(pi*-0.000282645916) q[3];
rz(pi*0.002354589878) q[4];
rz(pi*-0.001867303016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002985288923) q[0];
rz(pi*0.002552569462) q[1];
rz(pi*-0.002447442357) q[2];
rz(pi*-0.002487012987) q[3];
rz(pi*0.002857896409) q[4];
rz(pi*-0.003698980251) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
