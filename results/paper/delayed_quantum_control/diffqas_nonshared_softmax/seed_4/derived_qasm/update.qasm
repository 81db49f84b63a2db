// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.000155571269) q[0];
ry(pi*-0.004002655679) q[1];
ry(pi*0.002029414473) q[2];
ry(pi*0.235679965152) q[3];
ry(pi*-0.287931045112) q[4];
ry(pi*0.000675906434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.49555781066) q[0];
ry(pi*0.002264724865) q[1];
ry(pi*-0.50322447033) q[2];
ry(pi*-0.247941729451) q[3];
ry(pi*-0.500057463394) q[4];
ry(pi*-0.499748776789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00102892909) q[0];
ry(pi*-0.509859505817) q[1];
ry(pi*-0.335273040442) q[2];
ry(pi*0.168926021991) q[3];
ry(pi*0.000420140492) q[4];
ry(pi*-0.495014848566) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000656476636) q[0];
ry(pi*0.000118078655) q[1];
ry(pi*0.501130524058) q[2];
ry(pi*0.502099765847) q[3];
ry(pi*-0.450515445159) q[4];
ry(pi*-0.093457497386) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.271015227859) q[0];
ry(pi*0.000632245769) q[1];
ry(pi*-0.016851510311) q[2];
ry(pi*0.008163840524) q[3];
ry(pi*0.704426930699) q[4];
ry(pi*-0.001464246557) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
