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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.119103795246) q[0];
ry(pi*0.015464964122) q[1];
ry(pi*-0.248604143964) q[2];
ry(pi*-0.032926745906) q[3];
ry(pi*-0.079533193896) q[4];
ry(pi*0.010497802726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.171238553289) q[0];
ry(pi*0.009697431436) q[1];
ry(pi*-0.005222162833) q[2];
ry(pi*0.110688565815) q[3];
ry(pi*0.139091689292) q[4];
ry(pi*0.133562575268) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048899392298) q[0];
ry(pi*0.023047778477) q[1];
ry(pi*0.10211052175) q[2];
ry(pi*-0.082362139671) q[3];
ry(pi*0.144251982587) q[4];
ry(pi*0.04094389626) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.126102149365) q[0];
ry(pi*-0.099185796802) q[1];
ry(pi*0.051245590737) q[2];
ry(pi*0.053943629295) q[3];
ry(pi*-0.001765258537) q[4];
ry(pi*0.045286706032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.119425610992) q[0];
ry(pi*0.183065310428) q[1];
ry(pi*-0.028310377571) q[2];
ry(pi*0.13203379869) q[3];
ry(pi*0.069537183587) q[4];
ry(pi*0.000539275155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
