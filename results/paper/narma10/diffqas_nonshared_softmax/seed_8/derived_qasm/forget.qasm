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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.3111463e-05) q[0];
ry(pi*-0.003919223911) q[1];
ry(pi*-0.003655925751) q[2];
ry(pi*-0.012298644948) q[3];
ry(pi*-0.013227480713) q[4];
ry(pi*0.003549450987) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007430591257) q[0];
ry(pi*0.00810347517) q[1];
ry(pi*0.00263843419) q[2];
ry(pi*0.000816438466) q[3];
ry(pi*0.002056008929) q[4];
ry(pi*-0.000213671733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002666307824) q[0];
ry(pi*0.004076545342) q[1];
ry(pi*0.000609937375) q[2];
ry(pi*0.012305165644) q[3];
ry(pi*-0.000110099948) q[4];
ry(pi*0.19459468872) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000211377476) q[0];
ry(pi*-0.00082530904) q[1];
ry(pi*-0.000728139965) q[2];
ry(pi*0.000848791447) q[3];
ry(pi*0.001171079215) q[4];
ry(pi*-0.019260860726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.268644924544) q[0];
ry(pi*-0.016722548987) q[1];
ry(pi*-0.000504353664) q[2];
ry(pi*0.000697013764) q[3];
ry(pi*-0.005781797228) q[4];
ry(pi*0.004941652537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
