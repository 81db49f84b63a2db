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
rx(pi*-0.00165942025) q[0];
rx(pi*0.002406777088) q[1];
rx(pi*-0.006214571532) q[2];
rx(pi*-0.00239262327) q[3];
rx(pi*-0.001164174543) q[4];
rx(pi*-0.004282245204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000720787284) q[0];
rx(pi*0.00284726248) q[1];
rx(pi*0.00094637155) q[2];
rx(pi*-0.003009501114) q[3];
rx(pi*0.001685124766) q[4];
rx(pi*0.004836013463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001243714601) q[0];
rx(pi*0.000860621326) q[1];
rx(pi*0.006315807149) q[2];
rx(pi*0.001945392326) q[3];
rx(pi*0.002588797628) q[4];
rx(pi*-0.000637105757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000281642454) q[0];
rx(pi*0.004370021436) q[1];
rx(pi*0.002095825315) q[2];
rx(pi*-0.000163394452) q[3];
rx(pi*-0.00148148982) q[4];
rx(pi*-0.005563181964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003341935966) q[0];
rx(pi*-0.001529295067) q[1];
rx(pi*-0.000395781114) q[2];
rx(pi*0.00213597491) q[3];
rx(pi*0.002609862121) q[4];
rx(pi*0.002288651131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
