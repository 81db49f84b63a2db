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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002237806242) q[0];
rx(pi*0.000991212453) q[1];
rx(pi*-0.000331239088) q[2];
rx(pi*0.002929696104) q[3];
rx(pi*0.002866335724) q[4];
rx(pi*-0.001384350686) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001325094793) q[0];
rx(pi*0.007075880324) q[1];
rx(pi*0.003229223319) q[2];
rx(pi*0.00096319719) q[3];
rx(pi*0.005698420303) q[4];
rx(pi*-0.002156043334) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005008690369) q[0];
rx(pi*0.001705668101) q[1];
rx(pi*-0.001132524665) q[2];
rx(pi*-0.005166885139) q[3];
rx(pi*-0.002358512938) q[4];
rx(pi*0.000344528238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001451357095) q[0];
rx(pi*-0.001283523131) q[1];
rx(pi*0.002281210849) q[2];
rx(pi*0.001712998548) q[3];
rx(pi*0.003692541968) q[4];
rx(pi*-0.004673461483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007380514468) q[0];
rx(pi*-0.008489629875) q[1];
rx(pi*-0.002422740877) q[2];
rx(pi*-0.003899640478) q[3];
rx(pi*0.001984087541) q[4];
rx(pi*0.00084488647) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
