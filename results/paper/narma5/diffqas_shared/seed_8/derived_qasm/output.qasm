// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005653953518) q[0];
rz(pi*-0.003736500935) q[1];
rz(pi*-0.001832764018) q[2];
rz(pi*-0.003103069073) q[3];
rz(pi*-0.001163008163) q[4];
rz(pi*-0.000305874803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000711995713) q[0];
rz(pi*0.004261296623) q[1];
rz(pi*-0.0022591826) q[2];
rz(pi*-0.001613967772) q[3];
rz(pi*-0.00476866851) q[4];
rz(pi*-0.002203984207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004170071798) q[0];
rz(pi*0.000142757605) q[1];
rz(pi*0.005233105958) q[2];
rz(pi*-0.003207313056) q[3];
rz(pi*-0.001767766201) q[4];
rz(pi*0.001113042024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000295707152) q[0];
rz(pi*-0.006053066017) q[1];
rz(pi*0.002689559519) q[2];
rz(pi*0.004116646023) q[3];
rz(pi*-0.001401181736) q[4];
rz(pi*0.003032408039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003630659387) q[0];
rz(pi*0.0016042475) q[1];
rz(pi*0.003590911481) q[2];
rz(pi*0.001721954575) q[3];
rz(pi*0.001104762495) q[4];
rz(pi*-0.003098207603) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
