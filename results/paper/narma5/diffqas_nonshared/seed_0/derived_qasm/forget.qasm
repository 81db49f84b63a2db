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
rz(pi*-2.5336821e-05) q[0];
rz(pi*0.003332807407) q[1];
rz(pi*-0.000780889465) q[2];
rz(pi*0.001379482546) q[3];
rz(pi*4.8731382e-05) q[4];
rz(pi*0.003184200989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001614345003) q[0];
rz(pi*0.002768113513) q[1];
rz(pi*-0.006546601139) q[2];
rz(pi*-0.002015382051) q[3];
rz(pi*-0.000561850057) q[4];
rz(pi*-0.001679692631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002158467992) q[0];
rz(pi*-0.002027342738) q[1];
rz(pi*0.002714044739) q[2];
rz(pi*0.00406451158) q[3];
rz(pi*0.002318991815) q[4];
rz(pi*0.001978512221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*8.0245227e-05) q[0];
rz(pi*-0.000582054847) q[1];
rz(pi*-7.2309278e-05) q[2];
rz(pi*-0.007672058603) q[3];
rz(pi*-0.003027545976) q[4];
rz(pi*-0.00851583954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002517581641) q[0];
rz(pi*-0.005069547236) q[1];
rz(pi*0.003520715575) q[2];
rz(pi*-0.002354425793) q[3];
rz(pi*0.002300247333) q[4];
rz(pi*-0.002086495318) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
