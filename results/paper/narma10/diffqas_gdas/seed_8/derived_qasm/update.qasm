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
rx(pi*-0.002002041541) q[0];
rx(pi*-0.001912824715) q[1];
rx(pi*0.003342959309) q[2];
rx(pi*-0.001051316635) q[3];
rx(pi*0.00561099566) q[4];
rx(pi*-0.001097281229) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000263202703) q[0];
rx(pi*-0.000793884464) q[1];
rx(pi*0.001851501682) q[2];
rx(pi*0.000594956019) q[3];
rx(pi*0.004365397718) q[4];
rx(pi*-0.001761246987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001244979846) q[0];
rx(pi*0.006625874022) q[1];
rx(pi*-0.000905707837) q[2];
rx(pi*0.001695387688) q[3];
rx(pi*0.005003465749) q[4];
rx(pi*0.001761781781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000613563949) q[0];
rx(pi*-0.006023546794) q[1];
rx(pi*0.007477434971) q[2];
rx(pi*0.001369684455) q[3];
rx(pi*0.004012397592) q[4];
rx(pi*-0.001516043196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0036126083) q[0];
rx(pi*0.002110849212) q[1];
rx(pi*1.8062714e-05) q[2];
rx(pi*-0.002870578801) q[3];
rx(pi*0.001171939436) q[4];
rx(pi*-0.001548675432) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
