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
ry(pi*-0.099535493001) q[0];
ry(pi*-0.015261630814) q[1];
ry(pi*0.000496772383) q[2];
ry(pi*-0.001477409197) q[3];
ry(pi*-0.002616105044) q[4];
ry(pi*-0.004112914913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104394053203) q[0];
ry(pi*-0.027641604816) q[1];
ry(pi*-0.003718481272) q[2];
ry(pi*-0.000887606799) q[3];
ry(pi*0.005747149434) q[4];
ry(pi*0.004196488681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.097511973568) q[0];
ry(pi*-0.030223916729) q[1];
ry(pi*-0.001498110985) q[2];
ry(pi*-0.007885096472) q[3];
ry(pi*0.000612553687) q[4];
ry(pi*-0.003481474597) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.095406766971) q[0];
ry(pi*-0.029225902768) q[1];
ry(pi*-0.000368019797) q[2];
ry(pi*0.003815896252) q[3];
ry(pi*-0.000552160133) q[4];
ry(pi*0.005465852954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.10227941715) q[0];
ry(pi*-0.033702275941) q[1];
ry(pi*0.00143694166) q[2];
ry(pi*-0.005580522463) q[3];
ry(pi*0.000549420906) q[4];
ry(pi*-0.003272419522) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
