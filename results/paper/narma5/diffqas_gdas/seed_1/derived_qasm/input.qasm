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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0026401782) q[0];
ry(pi*-0.007350551757) q[1];
ry(pi*0.037880414121) q[2];
ry(pi*0.00890604967) q[3];
ry(pi*-0.013309402666) q[4];
ry(pi*0.038716792129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007221812177) q[0];
ry(pi*0.023497389909) q[1];
ry(pi*-0.002475428345) q[2];
ry(pi*-0.004824132373) q[3];
ry(pi*-0.020404749029) q[4];
ry(pi*-0.007899053299) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002482644215) q[0];
ry(pi*0.009114830529) q[1];
ry(pi*-0.008519948326) q[2];
ry(pi*0.026438063823) q[3];
ry(pi*-0.004234186048) q[4];
ry(pi*-0.006597119044) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003906553969) q[0];
ry(pi*0.03292709453) q[1];
ry(pi*-0.005513903217) q[2];
ry(pi*-0.002191161594) q[3];
ry(pi*0.001197888226) q[4];
ry(pi*-0.015654881327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.223735747732) q[0];
ry(pi*0.060510562105) q[1];
ry(pi*-0.01122936579) q[2];
ry(pi*0.033150363454) q[3];
ry(pi*0.004183893148) q[4];
ry(pi*-0.003331706987) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
