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
rx(pi*-0.00119719787) q[0];
rx(pi*0.001241444763) q[1];
rx(pi*-0.02444090228) q[2];
rx(pi*-0.003736767146) q[3];
rx(pi*0.010010964392) q[4];
rx(pi*0.007307442709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00226114124) q[0];
rx(pi*-0.01968922268) q[1];
rx(pi*-0.099720581641) q[2];
rx(pi*-0.004421719209) q[3];
rx(pi*0.098628775902) q[4];
rx(pi*-0.001298412439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008695951391) q[0];
rx(pi*-0.029541900996) q[1];
rx(pi*0.057039056798) q[2];
rx(pi*0.039728288599) q[3];
rx(pi*0.026422975746) q[4];
rx(pi*-0.016679765441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021702532403) q[0];
rx(pi*-0.000976799094) q[1];
rx(pi*0.174864264346) q[2];
rx(pi*-0.010222451239) q[3];
rx(pi*0.009457221035) q[4];
rx(pi*0.000473330331) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009542824294) q[0];
rx(pi*-0.038233093785) q[1];
rx(pi*0.00133097842) q[2];
rx(pi*-0.00670795665) q[3];
rx(pi*0.055756812104) q[4];
rx(pi*-0.001417585307) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
