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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00060177561) q[0];
rz(pi*-0.001663959924) q[1];
rz(pi*-0.001314822087) q[2];
rz(pi*-0.007771431926) q[3];
rz(pi*0.005728646261) q[4];
rz(pi*0.003641993232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001035853031) q[0];
rz(pi*0.002463102878) q[1];
rz(pi*0.000895121341) q[2];
rz(pi*-0.001762872862) q[3];
rz(pi*0.003111693965) q[4];
rz(pi*-0.000988532182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001046678984) q[0];
rz(pi*-0.00252148143) q[1];
rz(pi*0.001448176491) q[2];
rz(pi*-0.000315757214) q[3];
rz(pi*0.00173570789) q[4];
rz(pi*-0.001932732167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000403705572) q[0];
rz(pi*-0.002840196614) q[1];
rz(pi*0.002678466094) q[2];
rz(pi*0.000598534272) q[3];
rz(pi*0.001052240223) q[4];
rz(pi*0.001306674478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003217341043) q[0];
rz(pi*0.002492942563) q[1];
rz(pi*0.006546688295) q[2];
rz(pi*-0.005215324343) q[3];
rz(pi*-0.005504887604) q[4];
rz(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
