// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*0.181895431833) q[0];
ry(pi*0.004431207361) q[1];
ry(pi*0.00649685163) q[2];
ry(pi*0.003486746649) q[3];
ry(pi*0.001238543267) q[4];
ry(pi*0.001388514315) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00109549579) q[0];
ry(pi*0.238921952387) q[1];
ry(pi*-0.001332456071) q[2];
ry(pi*0.007776146654) q[3];
ry(pi*0.003718711316) q[4];
ry(pi*-0.001454643234) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000125236152) q[0];
ry(pi*0.000514308501) q[1];
ry(pi*-2.5133392e-05) q[2];
ry(pi*0.00069565573) q[3];
ry(pi*-6.0780652e-05) q[4];
ry(pi*-0.006012499911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019539844309) q[0];
ry(pi*0.008396448189) q[1];
ry(pi*0.012392711831) q[2];
ry(pi*0.012507609605) q[3];
ry(pi*0.000247429476) q[4];
ry(pi*9.736181e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000616499352) q[0];
ry(pi*0.000728807198) q[1];
ry(pi*-0.104458807191) q[2];
ry(pi*-0.002322898126) q[3];
ry(pi*-0.000622658602) q[4];
ry(pi*0.004156198273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
