// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.030359911972) q[0];
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
rz(pi*-0.004162155419) q[0];
rz(pi*-0.001948393874) q[1];
rz(pi*0.005325690595) q[2];
rz(pi*-0.004108601578) q[3];
rz(pi*-0.002647239027) q[4];
rz(pi*-0.000516448309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002575096339) q[0];
rz(pi*0.000800993982) q[1];
rz(pi*0.002361999922) q[2];
rz(pi*-0.003397303484) q[3];
rz(pi*0.003007317173) q[4];
rz(pi*0.001811273824) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005075658832) q[0];
rz(pi*0.004901702452) q[1];
rz(pi*0.007296930028) q[2];
rz(pi*-0.002446458887) q[3];
rz(pi*0.000177146044) q[4];
rz(pi*0.004448136092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004714932648) q[0];
rz(pi*-0.006333920194) q[1];
rz(pi*-0.004128300626) q[2];
rz(pi*-0.001805031345) q[3];
rz(pi*-0.001841236684) q[4];
rz(pi*0.001933246358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000854778313) q[0];
rz(pi*-0.003966388976) q[1];
rz(pi*0.001806025191) q[2];
rz(pi*0.005965385835) q[3];
rz(pi*0.003810341683) q[4];
rz(pi*0.00315479234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
