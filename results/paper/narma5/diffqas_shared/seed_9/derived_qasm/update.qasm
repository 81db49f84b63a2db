// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001020915698) q[0];
ry(pi*0.001110227387) q[1];
ry(pi*-0.00252508892) q[2];
ry(pi*0.003244706563) q[3];
ry(pi*-0.000421029803) q[4];
ry(pi*-0.0020267239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002140064871) q[0];
ry(pi*-0.171385003929) q[1];
ry(pi*0.000402884889) q[2];
ry(pi*0.501566631636) q[3];
ry(pi*0.000694255601) q[4];
ry(pi*-0.002477879239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00025951495) q[0];
ry(pi*-0.010733166776) q[1];
ry(pi*-0.0658294818) q[2];
ry(pi*-0.009297742639) q[3];
ry(pi*-1.1876495e-05) q[4];
ry(pi*-0.004304539369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006681761807) q[0];
ry(pi*-0.00477223924) q[1];
ry(pi*-0.002815369588) q[2];
ry(pi*0.005997013999) q[3];
ry(pi*-0.499779816204) q[4];
ry(pi*0.020391854675) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00453608456) q[0];
ry(pi*0.000779910368) q[1];
ry(pi*-0.004414464801) q[2];
ry(pi*-0.064383692021) q[3];
ry(pi*0.000740775444) q[4];
ry(pi*0.00030380631) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
