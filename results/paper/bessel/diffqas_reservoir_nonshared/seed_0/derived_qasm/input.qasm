// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.894856247526) q[0];
rz(pi*0.590455775969) q[1];
rz(pi*0.869216552183) q[2];
rz(pi*0.28361521933) q[3];
rz(pi*1.646345610118) q[4];
rz(pi*0.650370840442) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.450836615832) q[0];
rz(pi*0.80401586993) q[1];
rz(pi*1.61649419246) q[2];
rz(pi*1.79134536561) q[3];
rz(pi*0.023232238645) q[4];
rz(pi*0.897703449827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.516025752536) q[0];
rz(pi*1.774498628131) q[1];
rz(pi*1.929788443063) q[2];
rz(pi*0.1190149933) q[3];
rz(pi*1.609369698027) q[4];
rz(pi*1.697588117783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.487723318063) q[0];
rz(pi*0.806007780765) q[1];
rz(pi*1.757224017247) q[2];
rz(pi*1.731935165954) q[3];
rz(pi*1.088060821996) q[4];
rz(pi*1.520670584736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.26889759348) q[0];
rz(pi*0.215898542033) q[1];
rz(pi*1.835372916782) q[2];
rz(pi*1.090028599495) q[3];
rz(pi*1.55580538139) q[4];
rz(pi*1.028967087771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
