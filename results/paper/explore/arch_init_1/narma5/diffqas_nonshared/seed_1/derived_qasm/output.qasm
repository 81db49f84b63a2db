// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.001159408603) q[0];
rz(pi*-0.004879847329) q[1];
rz(pi*-0.000929907429) q[2];
rz(pi*-0.001847204058) q[3];
rz(pi*-0.00236456065) q[4];
rz(pi*0.000497786907) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000483352055) q[0];
rz(pi*0.001212763527) q[1];
rz(pi*-0.000885512533) q[2];
rz(pi*-0.002725216723) q[3];
rz(pi*-0.000697883991) q[4];
rz(pi*-0.001060091679) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005304361669) q[0];
rz(pi*-0.001182778211) q[1];
rz(pi*-0.005368542917) q[2];
rz(pi*-0.00636374654) q[3];
rz(pi*-0.002699770711) q[4];
rz(pi*-0.002126551532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002141557048) q[0];
rz(pi*-0.001063991468) q[1];
rz(pi*0.001609016626) q[2];
rz(pi*0.004519680545) q[3];
rz(pi*0.000304126772) q[4];
rz(pi*0.001131405272) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002281490401) q[0];
rz(pi*0.002536893526) q[1];
rz(pi*0.000106541594) q[2];
rz(pi*0.000128414041) q[3];
rz(pi*-0.00367228856) q[4];
rz(pi*-0.003061438418) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
