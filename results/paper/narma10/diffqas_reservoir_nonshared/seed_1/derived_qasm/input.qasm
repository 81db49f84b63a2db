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
rx(pi*0.939710327479) q[0];
rx(pi*0.175988513484) q[1];
rx(pi*1.113928721548) q[2];
rx(pi*0.626706701425) q[3];
rx(pi*1.680996525816) q[4];
rx(pi*0.936761734814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.325790612927) q[0];
rx(pi*1.746758346054) q[1];
rx(pi*0.851730964344) q[2];
rx(pi*0.03942248348) q[3];
rx(pi*0.537377730855) q[4];
rx(pi*0.766198857988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.052488642477) q[0];
rx(pi*0.280223062797) q[1];
rx(pi*0.593017741981) q[2];
rx(pi*0.675166627967) q[3];
rx(pi*0.875158892652) q[4];
rx(pi*0.595235618241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.641336473335) q[0];
rx(pi*0.924157531393) q[1];
rx(pi*0.703865489149) q[2];
rx(pi*1.499571826826) q[3];
rx(pi*1.562141671993) q[4];
rx(pi*0.035331928246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.324184418052) q[0];
rx(pi*0.203638295554) q[1];
rx(pi*0.705737416328) q[2];
rx(pi*0.71252108432) q[3];
rx(pi*1.498586154638) q[4];
rx(pi*1.459040270035) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
