// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.015710078979) q[0];
rz(pi*0.010101619738) q[1];
rz(pi*0.016391072555) q[2];
rz(pi*0.011202326067) q[3];
rz(pi*0.032225095751) q[4];
rz(pi*-0.006536923852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001385531591) q[0];
rz(pi*0.000499901071) q[1];
rz(pi*-0.004791743521) q[2];
rz(pi*-0.006506087208) q[3];
rz(pi*-0.008393038431) q[4];
rz(pi*0.008091163635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007627850915) q[0];
rz(pi*0.016974914991) q[1];
rz(pi*-0.003204123856) q[2];
rz(pi*-0.007922214874) q[3];
rz(pi*0.003936406698) q[4];
rz(pi*0.00600792155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.014802728665) q[0];
rz(pi*0.007667834202) q[1];
rz(pi*0.024567519284) q[2];
rz(pi*-0.001300190245) q[3];
rz(pi*-0.016306234728) q[4];
rz(pi*-0.006874319188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.024657032707) q[0];
rz(pi*0.012855134611) q[1];
rz(pi*0.01184670224) q[2];
rz(pi*0.013228000092) q[3];
rz(pi*-0.008216603735) q[4];
rz(pi*0.005376594477) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
