// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.285534085087) q[0];
ry(pi*-0.704458273678) q[1];
ry(pi*0.501049434534) q[2];
ry(pi*-0.243666315621) q[3];
ry(pi*-0.550618925308) q[4];
ry(pi*-0.102556523616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.149084901121) q[0];
ry(pi*-0.536874042349) q[1];
ry(pi*-0.198918900456) q[2];
ry(pi*-0.156601742489) q[3];
ry(pi*-0.146917406992) q[4];
ry(pi*0.529288168639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.40583435872) q[0];
ry(pi*-0.348480046004) q[1];
ry(pi*-0.309255483856) q[2];
ry(pi*0.314157453705) q[3];
ry(pi*0.449765035042) q[4];
ry(pi*0.463981656399) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.148490361613) q[0];
ry(pi*-0.224732443087) q[1];
ry(pi*0.159792218714) q[2];
ry(pi*0.04483752623) q[3];
ry(pi*0.005270624566) q[4];
ry(pi*-0.28496672404) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.188141639829) q[0];
ry(pi*0.321311374869) q[1];
ry(pi*0.388643910944) q[2];
ry(pi*-0.203650286331) q[3];
ry(pi*-0.082982055229) q[4];
ry(pi*0.002119582901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
