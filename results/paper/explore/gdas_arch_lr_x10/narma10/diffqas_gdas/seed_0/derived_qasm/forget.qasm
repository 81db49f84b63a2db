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
rz(pi*-0.004741686891) q[0];
rz(pi*0.004405932104) q[1];
rz(pi*0.003447465354) q[2];
rz(pi*-0.000952352412) q[3];
rz(pi*0.006710890311) q[4];
rz(pi*-0.001110508125) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003619563294) q[0];
rz(pi*-0.000496161439) q[1];
rz(pi*0.003430850266) q[2];
rz(pi*-0.002984007077) q[3];
rz(pi*0.006210942401) q[4];
rz(pi*-0.002853733669) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003038020118) q[0];
rz(pi*0.00173307468) q[1];
rz(pi*-0.000490379234) q[2];
rz(pi*0.003439443439) q[3];
rz(pi*-0.004774006966) q[4];
rz(pi*0.004321284301) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000202712377) q[0];
rz(pi*-0.001726624094) q[1];
rz(pi*0.002384694589) q[2];
rz(pi*0.003373763344) q[3];
rz(pi*0.002450335997) q[4];
rz(pi*0.006364617507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003440058274) q[0];
rz(pi*0.004085527456) q[1];
rz(pi*-0.001718440911) q[2];
rz(pi*0.000339076611) q[3];
rz(pi*0.001792029084) q[4];
rz(pi*-5.6475654e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
