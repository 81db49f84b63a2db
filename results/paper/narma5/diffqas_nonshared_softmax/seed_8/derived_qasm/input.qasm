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
ry(pi*-0.122644460961) q[0];
ry(pi*0.038619926766) q[1];
ry(pi*-0.001171942771) q[2];
ry(pi*0.004483979466) q[3];
ry(pi*-0.001622357284) q[4];
ry(pi*0.004765775462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.118646846104) q[0];
ry(pi*-0.072596705164) q[1];
ry(pi*-0.00686960446) q[2];
ry(pi*-0.003806325093) q[3];
ry(pi*0.003676235188) q[4];
ry(pi*-0.002527052599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.129208358131) q[0];
ry(pi*0.01264127617) q[1];
ry(pi*0.000450226823) q[2];
ry(pi*-0.000156872922) q[3];
ry(pi*0.002772835948) q[4];
ry(pi*0.00314486485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.127757540574) q[0];
ry(pi*-0.044902488918) q[1];
ry(pi*-0.003601940576) q[2];
ry(pi*0.00022857855) q[3];
ry(pi*-0.003662498029) q[4];
ry(pi*-0.003820519377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121385808879) q[0];
ry(pi*-0.016754416089) q[1];
ry(pi*0.001977933108) q[2];
ry(pi*0.008078936885) q[3];
ry(pi*0.002501387511) q[4];
ry(pi*-0.000363327007) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
