// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010726336587) q[0];
rx(pi*-0.184243233469) q[1];
rx(pi*0.001330485573) q[2];
rx(pi*0.005778343002) q[3];
rx(pi*0.007404956111) q[4];
rx(pi*0.000310582638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.254478505077) q[0];
rx(pi*0.026853891906) q[1];
rx(pi*0.007745196767) q[2];
rx(pi*0.013720632229) q[3];
rx(pi*0.011387770446) q[4];
rx(pi*0.004257525196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.058394431947) q[0];
rx(pi*-0.183264334552) q[1];
rx(pi*0.010564276119) q[2];
rx(pi*0.008793342063) q[3];
rx(pi*0.011232499851) q[4];
rx(pi*0.001467257739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.249931382528) q[0];
rx(pi*0.01591844718) q[1];
rx(pi*0.004410591988) q[2];
rx(pi*0.009823480442) q[3];
rx(pi*0.013316609939) q[4];
rx(pi*-0.000999579583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.044568051551) q[0];
rx(pi*-0.176075996823) q[1];
rx(pi*0.00514218025) q[2];
rx(pi*0.009368069279) q[3];
rx(pi*0.011764005962) q[4];
rx(pi*0.002635142418) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
