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
rx(pi*-0.002149866667) q[0];
rx(pi*0.002102329855) q[1];
rx(pi*-0.006230956278) q[2];
rx(pi*-0.002391330011) q[3];
rx(pi*-0.001163955615) q[4];
rx(pi*-0.004282245204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001225332898) q[0];
rx(pi*0.002504691141) q[1];
rx(pi*0.000935011246) q[2];
rx(pi*-0.003009032131) q[3];
rx(pi*0.001685338506) q[4];
rx(pi*0.004836013463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001714108306) q[0];
rx(pi*0.000559369259) q[1];
rx(pi*0.006299334061) q[2];
rx(pi*0.001946984851) q[3];
rx(pi*0.002589017889) q[4];
rx(pi*-0.000637105757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000202517203) q[0];
rx(pi*0.004023504654) q[1];
rx(pi*0.002085469159) q[2];
rx(pi*-0.000162617551) q[3];
rx(pi*-0.00148127608) q[4];
rx(pi*-0.005563181964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002871322296) q[0];
rx(pi*-0.00183432675) q[1];
rx(pi*-0.000412151779) q[2];
rx(pi*0.00213726817) q[3];
rx(pi*0.002610082383) q[4];
rx(pi*0.002288651131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
