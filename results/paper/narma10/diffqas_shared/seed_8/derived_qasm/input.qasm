// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*-0.002925041556) q[0];
rz(pi*-0.002847757847) q[1];
rz(pi*0.001725548724) q[2];
rz(pi*-0.003239823452) q[3];
rz(pi*-0.005625873259) q[4];
rz(pi*0.002325984755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001547843151) q[0];
rz(pi*0.001426423495) q[1];
rz(pi*-0.005256686712) q[2];
rz(pi*0.000362426765) q[3];
rz(pi*0.000613190831) q[4];
rz(pi*-0.002300871063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004192217738) q[0];
rz(pi*-0.001447002997) q[1];
rz(pi*0.008073910885) q[2];
rz(pi*-0.005457818589) q[3];
rz(pi*-0.003998728617) q[4];
rz(pi*-0.000420749658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002378136095) q[0];
rz(pi*-0.001700606824) q[1];
rz(pi*0.003263364779) q[2];
rz(pi*-0.001597685449) q[3];
rz(pi*0.000902677015) q[4];
rz(pi*0.0022444888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005109351468) q[0];
rz(pi*0.003464847651) q[1];
rz(pi*-0.002623917962) q[2];
rz(pi*-0.002436512127) q[3];
rz(pi*-0.000156640469) q[4];
rz(pi*0.000261069937) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
