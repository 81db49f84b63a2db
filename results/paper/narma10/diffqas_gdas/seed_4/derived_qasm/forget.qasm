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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.003756810669) q[0];
rx(pi*-0.002908402753) q[1];
rx(pi*-0.003775057116) q[2];
rx(pi*0.002446174444) q[3];
rx(pi*-0.005007971183) q[4];
rx(pi*0.001831155485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002403118164) q[0];
rx(pi*-0.002809319949) q[1];
rx(pi*0.001146863393) q[2];
rx(pi*-0.003629227537) q[3];
rx(pi*0.000827201276) q[4];
rx(pi*0.001381578145) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003311899735) q[0];
rx(pi*-0.002697824226) q[1];
rx(pi*0.001136790346) q[2];
rx(pi*0.003770039417) q[3];
rx(pi*-0.0047071473) q[4];
rx(pi*-0.000476779739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00439477761) q[0];
rx(pi*-0.002282221741) q[1];
rx(pi*-0.000359560805) q[2];
rx(pi*-0.00028580058) q[3];
rx(pi*0.00748983129) q[4];
rx(pi*0.004254431749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003951819981) q[0];
rx(pi*-0.000561615714) q[1];
rx(pi*-0.001731963588) q[2];
rx(pi*0.000360542274) q[3];
rx(pi*-0.007015322278) q[4];
rx(pi*0.005426444186) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
