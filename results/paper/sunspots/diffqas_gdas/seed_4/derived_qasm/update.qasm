// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.055643302897) q[0];
ry(pi*-0.068724950771) q[1];
ry(pi*-0.132737782494) q[2];
ry(pi*0.219667781926) q[3];
ry(pi*-0.069131622132) q[4];
ry(pi*0.025231245288) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080280819762) q[0];
ry(pi*-0.447094355186) q[1];
ry(pi*-0.334350433668) q[2];
ry(pi*0.284103596829) q[3];
ry(pi*0.086436195728) q[4];
ry(pi*-0.02782852907) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.122652268247) q[0];
ry(pi*0.012223289938) q[1];
ry(pi*0.033171470636) q[2];
ry(pi*-0.136000582833) q[3];
ry(pi*-0.092720823539) q[4];
ry(pi*-0.278927281048) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045504944805) q[0];
ry(pi*-0.396992792676) q[1];
ry(pi*0.087753464115) q[2];
ry(pi*0.516772454113) q[3];
ry(pi*0.33253333773) q[4];
ry(pi*0.086258316732) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.192996063972) q[0];
ry(pi*-0.036255742162) q[1];
ry(pi*0.004754054158) q[2];
ry(pi*-0.335772061652) q[3];
ry(pi*0.055531022177) q[4];
ry(pi*-0.001427318771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
